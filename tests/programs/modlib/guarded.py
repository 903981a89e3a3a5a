def main():
    print("guarded main ran")


print("guarded name:", __name__)
if __name__ == "__main__":
    main()
