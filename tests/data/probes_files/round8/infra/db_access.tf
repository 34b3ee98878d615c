# family: network 284 vuln
resource "aws_security_group_rule" "postgres_in" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["0.0.0.0/0"]  # sink
}
