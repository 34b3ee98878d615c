# family: network 284 vuln
resource "aws_vpc_security_group_ingress_rule" "redis_in" {
  security_group_id = aws_security_group.cache.id
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
  cidr_ipv4         = "0.0.0.0/0"  # sink
}
