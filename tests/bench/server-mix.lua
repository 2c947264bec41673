-- wrk script for the platform's load figures (tests/bench/server-bench): a rep's mix of
-- requests. Per thread: mostly GET /assignments and GET /leaderboard, and now and then a whole
-- attempt: POST /calls, then PUT /attempts/{id} with a scored transcript once the call's id
-- is back. Needs VT_TOKEN, VT_SCENARIO and VT_COMPLETION (a file with the completion body).
local token = os.getenv("VT_TOKEN")
local scenario = os.getenv("VT_SCENARIO")
local completion = io.open(os.getenv("VT_COMPLETION")):read("*a")
local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
local pending = {}
local n = 0

request = function()
    n = n + 1
    if #pending > 0 then
        local id = table.remove(pending, 1)
        return wrk.format("PUT", "/api/v1/attempts/" .. id, headers, completion)
    end
    local slot = n % 20
    if slot == 0 then
        return wrk.format("POST", "/api/v1/calls", headers, '{"scenario_id":"' .. scenario .. '"}')
    elseif slot % 2 == 0 then
        return wrk.format("GET", "/api/v1/leaderboard?period=all&scope=org", headers)
    end
    return wrk.format("GET", "/api/v1/assignments", headers)
end

response = function(status, headers, body)
    if status == 201 then
        local id = body:match('"attempt_id":"([%x%-]+)"')
        if id then
            table.insert(pending, id)
        end
    end
end
