const config = {
  apiKey: "sk_live_4eC39HqLyjWDarjtT1zdp7dc", // expect: CODE003
  region: "eu-west-1",
};

exports.handler = async () => config.region;
