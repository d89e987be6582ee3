package main

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

var client = &http.Client{Timeout: 3 * time.Second}

func handle(ctx context.Context) (int, error) {
	resp, err := client.Get("https://api.example.com/rates")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(short, http.MethodGet, "https://example.com", nil)
	other, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	body, _ := io.ReadAll(other.Body)
	return len(body), nil
}

func main() {
	lambda.Start(handle)
}
