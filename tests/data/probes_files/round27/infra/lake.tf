# family: exposure 284 732 safe
resource "aws_s3_bucket" "lake" {
  bucket = "acme-analytics-lake"
}

resource "aws_s3_bucket_public_access_block" "lake" {
  bucket                  = aws_s3_bucket.lake.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.lake.arn
    }
  }
}

resource "aws_s3_bucket_acl" "lake" {
  bucket = aws_s3_bucket.lake.id
  acl    = "private"
}

resource "aws_security_group_rule" "warehouse_from_vpc" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.40.0.0/16"]
  security_group_id = aws_security_group.warehouse.id
}

resource "aws_db_instance" "airflow" {
  identifier                  = "airflow-metadata"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "airflow"
  manage_master_user_password = true
  publicly_accessible         = false
  storage_encrypted           = true
}
