"""The reviewer panel: a web service over the pre-screen, with accounts and durable decisions."""
