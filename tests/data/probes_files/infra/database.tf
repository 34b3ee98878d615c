# family: secret 798 259 vuln
resource "aws_db_instance" "portal" {
  identifier        = "portal"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "portal"
  password          = "Qz8-vW2k-Tn5r-Yh3j"  # sink
  storage_encrypted = true
}
