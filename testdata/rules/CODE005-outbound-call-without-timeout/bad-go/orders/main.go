package main

import (
	"context"
	"io"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
)

var client = &http.Client{}

func handle(ctx context.Context) (int, error) {
	resp, err := http.Get("https://api.example.com/rates") // expect: CODE005
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	req, _ := http.NewRequest(http.MethodGet, "https://example.com", nil)
	other, err := client.Do(req) // expect: CODE005
	if err != nil {
		return 0, err
	}
	body, _ := io.ReadAll(other.Body)
	return len(body), nil
}

func main() {
	lambda.Start(handle)
}
