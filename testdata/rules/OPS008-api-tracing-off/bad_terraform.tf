# Terraform REST stages with tracing missing or off.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" { # expect: OPS008
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "test" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = "abc123"
  stage_name           = "test"
  xray_tracing_enabled = false # expect: OPS008
}
