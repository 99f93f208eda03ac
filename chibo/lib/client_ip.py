"""The client's address, trusting X-Forwarded-For only from proxies the operator named.

Without `CHIBO_TRUSTED_PROXIES` (the default) the address is REMOTE_ADDR and any
X-Forwarded-For header is ignored, so a client cannot choose its own address. Behind a
reverse proxy on the same machine, set CHIBO_TRUSTED_PROXIES=127.0.0.1 (addresses or
networks, comma-separated): the client is then the right-most forwarded address that is not
one of those proxies.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Any

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(text: str, networks: tuple[Network, ...]) -> bool:
    address = _address(text)
    return address is not None and any(address in network for network in networks)


def client_ip(request: Any) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    networks = _networks(tuple(getattr(settings, "CHIBO_TRUSTED_PROXIES", ()) or ()))
    if not networks or not _trusted(remote, networks):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([h for h in hops if h]):
        if _address(hop) is None:
            break  # a garbled header: fall back to the proxy's own address
        if not _trusted(hop, networks):
            return hop
    return remote
