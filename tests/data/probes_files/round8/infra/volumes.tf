# family: encryption 311 vuln
resource "aws_ebs_volume" "reports" {
  availability_zone = "eu-central-1a"
  size              = 200
  encrypted         = false  # sink
}

resource "aws_db_instance" "reports" {  # sink
  identifier                  = "reports"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  manage_master_user_password = true
  username                    = "reports"
}
