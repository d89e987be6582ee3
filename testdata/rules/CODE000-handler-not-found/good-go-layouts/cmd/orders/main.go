package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context) (int, error) {
	client := &http.Client{} // expect: CODE002
	resp, err := client.Get("https://example.com")
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func main() {
	lambda.Start(handle)
}
