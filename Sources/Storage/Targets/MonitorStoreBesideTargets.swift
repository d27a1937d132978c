extension MonitorStore {
    /// On the database the targets' measurements are kept in.
    public convenience init(beside targets: TargetMeasurementStore) {
        self.init(database: targets.database)
    }
}
