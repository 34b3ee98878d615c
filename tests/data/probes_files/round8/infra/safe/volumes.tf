# family: encryption 311 safe
resource "aws_ebs_volume" "reports" {
  availability_zone = "eu-central-1a"
  size              = 200
  encrypted         = true
}

resource "aws_db_instance" "reports" {
  identifier                  = "reports"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  manage_master_user_password = true
  username                    = "reports"
  storage_encrypted           = true
}
