# placeholder: the asyncio prelude is being written
