# family: secret 798 259 safe
resource "aws_db_instance" "portal" {
  identifier        = "portal"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "portal"
  password          = var.db_password
  storage_encrypted = true
}
