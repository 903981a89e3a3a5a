print("before")
import unsupported_syntax
