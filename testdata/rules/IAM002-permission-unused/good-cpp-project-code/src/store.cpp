#include "store.hpp"

#include <aws/s3/model/DeleteObjectRequest.h>

#include <cstdlib>

void archive(Aws::S3::S3Client const& s3, std::string const& key) {
  Aws::S3::Model::DeleteObjectRequest del;
  del.SetBucket(std::getenv("BUCKET"));
  del.SetKey(key);
  s3.DeleteObject(del);
}
