# family: exposure 284 732 vuln
resource "aws_s3_bucket" "sandbox" {
  bucket = "acme-analytics-sandbox"
}

resource "aws_s3_bucket_acl" "sandbox" {
  bucket = aws_s3_bucket.sandbox.id
  acl    = "public-read-write"  # sink
}

resource "aws_security_group_rule" "notebook_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]  # sink
  security_group_id = aws_security_group.notebooks.id
}
