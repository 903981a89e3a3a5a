"""In-memory streams: `io.StringIO` and `io.BytesIO` (CPython's `io`, in-memory part; no files).

A StringIO keeps its text in a list of chunks, a BytesIO its bytes in a bytearray, each in one
attribute, so tasks sharing a stream conflict on it as on any shared list."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _InMemoryStream:
    """What StringIO and BytesIO share: closing, and the capability queries of an open,
    readable, writable, seekable stream (each subclass defines `_check`)."""

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


class StringIO(_InMemoryStream):
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


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def _bytes_of(b):
    if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return b


class BytesIO(_InMemoryStream):
    """A binary stream held in memory (CPython's `io.BytesIO`), its bytes in a bytearray."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_of(initial_bytes))
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        end = buf.find(b"\n", pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=-1):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        b = _bytes_of(b)
        n = len(b)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("negative seek value %d" % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        self._pos = max(pos, 0)
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
