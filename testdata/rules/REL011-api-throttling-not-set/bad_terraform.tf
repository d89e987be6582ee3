# Terraform stages without throttling: method settings that only turn on metrics, and an
# HTTP stage without default_route_settings limits.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" { # expect: REL011
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}

resource "aws_apigatewayv2_api" "payments" {
  name          = "payments"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" { # expect: REL011
  api_id = aws_apigatewayv2_api.payments.id
  name   = "$default"
  default_route_settings {
    detailed_metrics_enabled = true
  }
}
