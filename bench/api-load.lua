-- wrk script of bench/api-load.sh: each request takes the next URL of the file named after `--` (one path a line),
-- so a closed-loop run mixes every query kind in turn.
local paths = {}
local at = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

function request()
  at = at % #paths + 1
  return wrk.format("GET", paths[at])
end
