dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local headers = auth(os.getenv("BENCH_TOKEN"))
-- Run and phase (warm-up, measurement) keep the emails unique: the business allows each once.
local run = os.getenv("BENCH_RUN_ID") .. "-" .. os.getenv("BENCH_PHASE")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format('{"full_name": "Created Customer %d", "email": "new-%s-%d-%d@bench.example", "phone": "+57300%07d"}',
    counter, run, thread_id, counter, math.random(0, 9999999))
  return wrk.format("POST", "/v1/customers", headers, body)
end
