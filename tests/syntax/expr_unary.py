print(-5, +5, ~5, not 5, not 0, -(-5), - - 5, ~-1, -True, +False)
