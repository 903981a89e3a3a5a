# Tasks intern strings into a shared table with ids and build sentences from each other's
# words.
import asyncio

ids = {}
words = []


def intern(word):
    if word not in ids:
        ids[word] = len(words)
        words.append(word)
    return ids[word]


async def speaker(name, text):
    sentence = []
    for word in text.split():
        sentence.append(intern(word.lower()))
        await asyncio.sleep(0)
    print(name, sentence, " ".join(words[i] for i in sentence))


async def main():
    await asyncio.gather(
        speaker("a", "The cat sat on the mat"),
        speaker("b", "the dog sat on the cat"),
        speaker("c", "A mat is not a dog"),
    )
    print(len(words), words)


asyncio.run(main())
