# Terraform: a state machine without tracing_configuration.
resource "aws_sfn_state_machine" "orders" { # expect: OPS009
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}
