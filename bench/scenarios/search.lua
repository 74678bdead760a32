dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local terms = lines(os.getenv("BENCH_DATA") .. "/search_terms.txt")
local headers = auth(os.getenv("BENCH_TOKEN"))

request = function()
  return wrk.format("GET", "/v1/customers?limit=20&search=" .. terms[math.random(#terms)], headers)
end
