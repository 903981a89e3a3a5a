print(1j, (1 + 2j) * 3, abs(3 + 4j))
