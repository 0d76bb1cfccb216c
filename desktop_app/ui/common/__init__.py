"""Small pieces every part of the window shares: local times, the About box."""
