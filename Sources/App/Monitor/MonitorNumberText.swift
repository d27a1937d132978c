extension Localizer {
    /// A monitor figure with as many decimals as its size needs: 12.345 -> '12,3', 470 -> '470', 0.4567 -> '0,46'.
    func monitorNumber(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let decimals = abs(value) >= 100 ? 0 : abs(value) >= 10 ? 1 : 2
        let factor = [1.0, 10, 100][decimals]
        return number((value * factor).rounded() / factor)
    }

    /// A score or index on 0-100, with one decimal.
    func monitorScore(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return number((value * 10).rounded() / 10)
    }

    /// A change with its sign: '+1,2', '-0,4', '0'.
    func monitorChange(_ value: Double) -> String {
        let text = monitorNumber(value)
        return value > 0 && text != "0" ? "+" + text : text
    }
}
