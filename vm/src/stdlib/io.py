"""In-memory text streams: `io.StringIO` (CPython's `io`, text part; no files or bytes).

A StringIO keeps its text as a list of characters in one attribute, so tasks sharing a stream
conflict on it as on any shared list."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    """A text stream held in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._chunks = [initial_value] if initial_value else []
        self._len = len(initial_value)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        chunks = self._chunks
        if len(chunks) > 1:
            text = "".join(chunks)
            self._chunks = [text]
            return text
        return chunks[0] if chunks else ""

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        size = self._len
        if pos == size:
            self._chunks.append(s)
            self._len = size + n
        elif pos > size:
            self._chunks.append("\0" * (pos - size))
            self._chunks.append(s)
            self._len = pos + n
        else:
            text = self._text()
            text = text[:pos] + s + text[pos + n:]
            self._chunks = [text]
            self._len = len(text)
        self._pos = pos + n
        return n

    def _size(self):
        return self._len

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        text = self._text()
        pos = self._pos
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), pos + size)
        if pos >= end:
            return ""
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check()
        text = self._text()
        pos = self._pos
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        if pos >= end:
            return ""
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size()
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        text = self._text()
        if size < len(text):
            self._chunks = [text[:size]] if size else []
            self._len = size
        return size

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
