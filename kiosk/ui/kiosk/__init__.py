"""ui/kiosk"""
