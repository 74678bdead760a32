dofile(os.getenv("BENCH_DIR") .. "/scenarios/report.lua")
local users = lines(os.getenv("BENCH_DATA") .. "/usernames.txt")
local password = os.getenv("BENCH_PASSWORD")
local headers = { ["Content-Type"] = "application/json" }

request = function()
  local body = string.format('{"username": "%s", "password": "%s"}', users[math.random(#users)], password)
  return wrk.format("POST", "/api/v1/auth/login", headers, body)
end
