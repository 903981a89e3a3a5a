# Tasks register instances in a class-level registry and bump a class counter; every task
# reads what earlier tasks wrote in the same loop iteration.
import asyncio


class Node:
    registry = {}
    created = 0

    def __init__(self, name, parent=None):
        Node.created += 1
        self.serial = Node.created
        self.name = name
        self.parent = parent
        Node.registry[name] = self

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


async def grow(prefix, depth):
    parent = Node.registry.get("root")
    for d in range(depth):
        node = Node("%s%d" % (prefix, d), parent)
        print(node.serial, node.path(), len(Node.registry))
        parent = node
        await asyncio.sleep(0)


async def main():
    Node("root")
    await asyncio.gather(grow("a", 4), grow("b", 3), grow("c", 5))
    print(Node.created, sorted(Node.registry))


asyncio.run(main())
