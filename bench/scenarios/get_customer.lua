dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local ids = lines(os.getenv("BENCH_DATA") .. "/customer_ids.txt")
local headers = auth(os.getenv("BENCH_TOKEN"))

request = function()
  return wrk.format("GET", "/v1/customers/" .. ids[math.random(#ids)], headers)
end
