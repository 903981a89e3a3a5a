print("before")
import unsupported_match
