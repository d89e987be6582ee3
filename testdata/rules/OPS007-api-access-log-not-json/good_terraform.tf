# Terraform stages logging JSON, written out or built with jsonencode.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:orders"
    format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
  }
}

resource "aws_apigatewayv2_api" "payments" {
  name          = "payments"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id = aws_apigatewayv2_api.payments.id
  name   = "$default"
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:payments"
    format          = "{\"requestId\":\"$context.requestId\"}"
  }
}
