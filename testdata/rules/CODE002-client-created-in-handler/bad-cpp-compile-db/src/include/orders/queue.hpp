#pragma once
// The project's own header, found through the compile database's -I../include.
#include <aws/sqs/SQSClient.h>

namespace orders {
using QueueClient = Aws::SQS::SQSClient;
}  // namespace orders
