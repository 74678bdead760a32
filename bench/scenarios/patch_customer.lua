dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local ids = lines(os.getenv("BENCH_DATA") .. "/customer_ids.txt")
local headers = auth(os.getenv("BENCH_TOKEN"))
headers["Content-Type"] = "application/json-patch+json"

request = function()
  local body = string.format('[{"op": "replace", "path": "/full_name", "value": "Patched Name %d"}]', math.random(1, 1000000000))
  return wrk.format("PATCH", "/v1/customers/" .. ids[math.random(#ids)], headers, body)
end
