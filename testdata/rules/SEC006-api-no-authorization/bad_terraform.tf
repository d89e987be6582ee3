# Terraform: a REST API method with authorization NONE, and an HTTP API route without an
# authorization type (Terraform's default is NONE).
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "list" { # expect: SEC006
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "list" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.list.http_method
  integration_http_method = "POST"
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.orders.invoke_arn
}

resource "aws_apigatewayv2_api" "http" {
  name          = "reports"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "reports" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.orders.invoke_arn
}

resource "aws_apigatewayv2_route" "reports" { # expect: SEC006
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /reports"
  target    = "integrations/${aws_apigatewayv2_integration.reports.id}"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}
