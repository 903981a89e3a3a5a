print("counted body runs")
hits = []
