dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local headers = auth(os.getenv("BENCH_TOKEN"))

request = function()
  return wrk.format("GET", "/api/v1/companies/analytics", headers)
end
