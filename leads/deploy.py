"""placeholder"""
def deploy() -> None:
    """Example: x"""
