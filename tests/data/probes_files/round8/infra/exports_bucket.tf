# family: public 732 vuln
resource "aws_s3_bucket" "exports" {
  bucket = "portal-exports"
}

resource "aws_s3_bucket_acl" "exports" {
  bucket = aws_s3_bucket.exports.id
  acl    = "public-read"  # sink
}
