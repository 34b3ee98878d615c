# family: network 284 safe
resource "aws_vpc_security_group_ingress_rule" "redis_in" {
  security_group_id            = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.web.id
}
