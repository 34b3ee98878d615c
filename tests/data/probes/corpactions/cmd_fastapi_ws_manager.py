# family: cmd 78
import asyncio

from fastapi import APIRouter, WebSocket

router = APIRouter()


class VulnOpsManager:
    async def dispatch(self, websocket: WebSocket, command: dict) -> None:
        proc = await asyncio.create_subprocess_shell(f"systemctl status {command['service']}")  # sink
        await websocket.send_json({"rc": await proc.wait()})


class SafeOpsManager:
    async def dispatch(self, websocket: WebSocket, command: dict) -> None:
        proc = await asyncio.create_subprocess_exec("systemctl", "status", "--", command["service"])
        await websocket.send_json({"rc": await proc.wait()})


vuln_manager = VulnOpsManager()
safe_manager = SafeOpsManager()


@router.websocket("/ws/ops")
async def ops_socket(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        command = await websocket.receive_json()
        await vuln_manager.dispatch(websocket, command)
        await safe_manager.dispatch(websocket, command)
