package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
)

const dbPassword = "Pr0d-passw0rd!" // expect: CODE003

var awsKey = "AKIAIOSFODNN7EXAMPLE" // expect: CODE003

type settings struct {
	User     string
	Password string
}

var conf = settings{User: "app", Password: "hunter2hunter2"} // expect: CODE003

func handle(ctx context.Context) (int, error) {
	apiToken := "x9Lq2Vb7Rt4Kp8Zm3Nw6Hs5J" // expect: CODE003
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.com", nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return len(conf.User) + len(dbPassword) + len(awsKey), nil
}

func main() {
	lambda.Start(handle)
}
