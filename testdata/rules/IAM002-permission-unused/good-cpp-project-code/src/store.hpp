#pragma once
#include <aws/s3/S3Client.h>

#include <string>

// Defined in store.cpp, which lambdalint does not follow from main.cpp.
void archive(Aws::S3::S3Client const& s3, std::string const& key);
