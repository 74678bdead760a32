dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local ids = lines(os.getenv("BENCH_DATA") .. "/customer_ids.txt")
local headers = auth(os.getenv("BENCH_TOKEN"))
headers["Content-Type"] = "application/json-patch+json"

-- Each of the two threads walks its own half of the ids in order, so no two connections patch one
-- profile at the same time: that would be a lost race the version check rightly answers with 409.
local half = math.floor(#ids / 2)
local patched = 0

request = function()
  local id = ids[(thread_id - 1) * half + patched % half + 1]
  patched = patched + 1
  local body = string.format('[{"op": "replace", "path": "/full_name", "value": "Patched Name %d"}]', math.random(1, 1000000000))
  return wrk.format("PATCH", "/v1/customers/" .. id, headers, body)
end
