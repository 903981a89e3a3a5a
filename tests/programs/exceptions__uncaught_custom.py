class PipelineError(Exception):
    def __init__(self, stage, detail):
        super().__init__("stage " + stage + ": " + detail)
        self.stage = stage


def parse(rows):
    out = []
    for row in rows:
        out.append(int(row))
    return out


def run_stage(name, rows):
    try:
        return parse(rows)
    except ValueError as e:
        print("stage", name, "failed:", str(e))
        raise PipelineError(name, "bad input")
    finally:
        print("stage", name, "cleanup")


print(run_stage("one", ["1", "2", "3"]))
print(run_stage("two", ["4", "x5", "6"]))
print("not reached")
