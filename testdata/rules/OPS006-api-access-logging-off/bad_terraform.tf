# Terraform stages without an access_log_settings block.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" { # expect: OPS006
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_apigatewayv2_api" "payments" {
  name          = "payments"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" { # expect: OPS006
  api_id      = aws_apigatewayv2_api.payments.id
  name        = "$default"
  auto_deploy = true
}
